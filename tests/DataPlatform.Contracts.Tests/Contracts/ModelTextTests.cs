using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Tests.Contracts;

/// <summary>ToString and the indexer of generated models never throw on what a caller can put in them.</summary>
public sealed class ModelTextTests
{
    [Fact]
    public void A_null_item_in_a_nested_model_list_prints_and_indexes_as_python_writes_none()
    {
        var model = new NullItemOuter { Middle = new NullItemMiddle { Items = new List<EntityPermissionModel> { null! } } };

        Assert.Equal("NullItemOuter { middle = {\"items\": [null]} }", model.ToString());
        Assert.Equal("{\"items\": [null]}", ((IRelationModel)model)["middle"].ToString());
        Assert.Equal("{\"middle\": {\"items\": [null]}}", RelationModels.ToJson(model));
    }
}
