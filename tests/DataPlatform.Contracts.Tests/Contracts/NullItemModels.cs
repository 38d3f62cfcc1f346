using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Tests.Contracts;

/// <summary>A model holding a model that holds a list of models, for what a null item does.</summary>
[RelationModel]
public partial class NullItemOuter
{
    public partial NullItemMiddle? Middle { get; set; }
}

/// <summary>The middle model: a list of nested models.</summary>
[RelationModel]
public partial class NullItemMiddle
{
    public partial List<EntityPermissionModel>? Items { get; set; }
}
