namespace DataPlatform.Contracts.Analyzers.Tests;

using Verify = AnalyzerTest<RequestAnalyzer>;

public class RequestTests
{
    private static string InMethod(string body) => "public static class Charm\n{\n    public static object Run(string variable, EntityType kind)\n    {\n" + body + "\n    }\n}\n";

    [Fact]
    public Task ConsistentRequests_AreQuiet() => Verify.Run(InMethod("""
        var a = new RequirerCommonModel { EntityType = EntityType.User, ExtraUserRoles = "admin" };
        var b = new RequirerCommonModel { EntityType = EntityType.Group, ExtraGroupRoles = "admin" };
        var c = new RequirerCommonModel { EntityType = EntityType.User, ExtraGroupRoles = "" };
        var d = new RequirerCommonModel { EntityType = EntityType.User, ExtraGroupRoles = variable };
        var e = new RequirerCommonModel { EntityType = kind, ExtraGroupRoles = "admin" };
        var f = new RequirerCommonModel { ExtraGroupRoles = "admin" };
        return new object[] { a, b, c, d, e, f };
        """));

    [Fact]
    public Task UserWithGroupRoles_DPC0100() => Verify.Run(InMethod("""
        var a = new RequirerCommonModel { EntityType = EntityType.User, {|DPC0100:ExtraGroupRoles = "admin"|} };
        var b = new KafkaRequestModel { EntityType = EntityType.Group, {|DPC0100:ExtraUserRoles = "admin"|} };
        return new object[] { a, b };
        """));

    [Fact]
    public Task ConsumerGroupPrefix_DPC0101() => Verify.Run(InMethod("""
        var a = new KafkaRequestModel { ConsumerGroupPrefix = {|DPC0101:"*"|} };
        var b = new KafkaRequestModel { ConsumerGroupPrefix = {|DPC0101:"ab*c"|} };
        return new object[] { a, b };
        """));

    [Fact]
    public Task AcceptablePrefix_IsQuiet() => Verify.Run(InMethod("""
        var a = new KafkaRequestModel { ConsumerGroupPrefix = "abc*" };
        var b = new KafkaRequestModel { ConsumerGroupPrefix = "" };
        var c = new KafkaRequestModel { ConsumerGroupPrefix = variable };
        var d = new KafkaRequestModel { ConsumerGroupPrefix = null };
        return new object[] { a, b, c, d };
        """));

    [Fact]
    public Task DuplicateRequests_DPC0102() => Verify.Run(InMethod("""
        var array = new[]
        {
            new RequirerCommonModel { Resource = "a" },
            {|DPC0102:new RequirerCommonModel { Resource = "a" }|},
        };
        RequirerCommonModel[] collection =
        [
            new RequirerCommonModel { Resource = "b", EntityType = EntityType.User },
            {|DPC0102:new KafkaRequestModel { Resource = "b", EntityType = EntityType.User }|},
        ];
        var list = new List<RequirerCommonModel>
        {
            new RequirerCommonModel { Resource = "c" },
            {|DPC0102:new RequirerCommonModel { Resource = "c" }|},
        };
        return new object[] { array, collection, list };
        """));

    [Fact]
    public Task DistinctRequests_AreQuiet() => Verify.Run(InMethod("""
        var array = new[]
        {
            new RequirerCommonModel { Resource = "a" },
            new RequirerCommonModel { Resource = "a", EntityType = EntityType.User },
            new RequirerCommonModel { Resource = "a", EntityType = EntityType.Group },
            new RequirerCommonModel { Resource = "b" },
            new RequirerCommonModel { Resource = variable },
            new RequirerCommonModel { Resource = variable },
            new RequirerCommonModel { Resource = "a", EntityType = kind },
            new RequirerCommonModel(),
            new RequirerCommonModel(),
        };
        var first = new RequirerCommonModel { Resource = "x" };
        var second = new RequirerCommonModel { Resource = "x" };
        return new object[] { array, first, second };
        """));

    [Fact]
    public Task DuplicateRequests_InTheRequirerHandlersRequests_DPC0102() => Verify.Run("""
        using DataPlatform.Contracts.Charms;
        using DataPlatform.Contracts.Relations;
        public static class Charm
        {
            public static object[] Run(CharmHost host) => new object[]
            {
                new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database", new[]
                {
                    new RequirerCommonModel { Resource = "a" },
                    {|DPC0102:new RequirerCommonModel { Resource = "a" }|},
                }),
                new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database",
                [
                    new RequirerCommonModel { Resource = "b", EntityType = EntityType.Group },
                    {|DPC0102:new RequirerCommonModel { Resource = "b", EntityType = EntityType.Group }|},
                ]),
                new ResourceRequirerEventHandler<ResourceProviderModel>(host, "database",
                [
                    new RequirerCommonModel { Resource = "b", EntityType = EntityType.Group },
                    new RequirerCommonModel { Resource = "b", EntityType = EntityType.User },
                ]),
            };
        }
        """);
}
