using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Tests.Errors;

/// <summary>Issue 8, item 5: one base type for the library's errors, as upstream's DataInterfacesError (docs/protocol/errors.md).</summary>
public sealed class ExceptionBaseTests
{
    // Reflection here is the test's, not the runtime's: it walks the shipped assembly's public types.
    [Fact]
    public void Every_public_exception_of_the_runtime_derives_from_DataInterfacesException()
    {
        var exceptions = typeof(DataInterfacesException).Assembly.GetExportedTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t) && t != typeof(DataInterfacesException))
            .ToList();

        Assert.True(exceptions.Count >= 10, string.Join(", ", exceptions.Select(t => t.Name)));
        Assert.All(exceptions, t => Assert.True(typeof(DataInterfacesException).IsAssignableFrom(t), t.FullName));
    }

    [Fact]
    public void One_catch_takes_a_model_error_and_a_Juju_error()
    {
        Exception model = Assert.ThrowsAny<Exception>(() => RelationModels.FromJson<RequirerCommonModel>("[1]"));
        Exception juju = new Juju.RelationNotFoundException("relation-get", 3);

        Assert.IsAssignableFrom<DataInterfacesException>(model);
        Assert.IsAssignableFrom<DataInterfacesException>(juju);
    }
}
