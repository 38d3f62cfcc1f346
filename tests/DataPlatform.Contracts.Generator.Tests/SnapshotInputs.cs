namespace DataPlatform.Contracts.Generator.Tests;

/// <summary>The declarations whose generated source is kept as golden files.</summary>
public static class SnapshotInputs
{
    /// <summary>A user request extending the runtime's <c>RequirerCommonModel</c>, with an extra and a custom secret group.</summary>
    public const string ExtendedRequirer = """
        using DataPlatform.Contracts;
        using DataPlatform.Contracts.Models;

        namespace Samples;

        [RelationModel]
        public partial class ExtendedCommonModel : RequirerCommonModel
        {
            [ExtraSecret] public partial string? OperatorPassword { get; set; }

            [SecretGroup("mygroup")] public partial string? AuditToken { get; set; }
        }
        """;

    /// <summary>A model nested in a partial containing class.</summary>
    public const string Nested = """
        using DataPlatform.Contracts;

        namespace Samples;

        public static partial class Outer
        {
            [RelationModel]
            public partial class Inner
            {
                public partial string? Endpoint { get; set; }

                [WireDefault(5432)] public partial int Port { get; set; }
            }
        }
        """;

    /// <summary>A partial record.</summary>
    public const string Record = """
        using DataPlatform.Contracts;

        namespace Samples;

        [RelationModel]
        public partial record Settings
        {
            public partial string? Mode { get; set; }

            [WireName("max_conn")] public partial long? MaxConnections { get; set; }
        }
        """;

    /// <summary>A model in the global namespace.</summary>
    public const string GlobalNamespace = """
        using DataPlatform.Contracts;

        [RelationModel]
        public partial class GlobalModel
        {
            public partial string? Name { get; set; }

            public partial bool? Enabled { get; set; }
        }
        """;

    /// <summary>
    /// A standalone root model: a wire-required member, an enum with wire names, a string list and
    /// a list of nested models.
    /// </summary>
    public const string Standalone = """
        using System.Collections.Generic;
        using DataPlatform.Contracts;

        namespace Samples;

        public enum Tier
        {
            [WireName("gold")] Gold,
            [WireName("silver-plus")] SilverPlus,
            Bronze,
        }

        [RelationModel]
        public partial class Replica
        {
            public partial string Host { get; set; }
        }

        [RelationModel]
        public partial class Inventory
        {
            public partial string Name { get; set; }

            public partial Tier? Tier { get; set; }

            public partial List<string>? Tags { get; set; }

            public partial List<Replica>? Replicas { get; set; }
        }
        """;

    /// <summary>A member of any JSON value, nullable (null or JSON null is absent) and required.</summary>
    public const string Json = """
        using DataPlatform.Contracts;
        using DataPlatform.Contracts.Wire;

        namespace Samples;

        [RelationModel]
        public partial class Options
        {
            public partial WireValue? Extra { get; set; }

            public partial WireValue Config { get; set; }
        }
        """;

    /// <summary>Every case: a name, the source, and the hint names of the files it must generate.</summary>
    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { "ExtendedRequirer", ExtendedRequirer, new[] { "Samples.ExtendedCommonModel.g.cs" } },
        new object[] { "Nested", Nested, new[] { "Samples.Outer.Inner.g.cs" } },
        new object[] { "Record", Record, new[] { "Samples.Settings.g.cs" } },
        new object[] { "GlobalNamespace", GlobalNamespace, new[] { "GlobalModel.g.cs" } },
        new object[] { "Standalone", Standalone, new[] { "Samples.Inventory.g.cs", "Samples.Replica.g.cs" } },
        new object[] { "Json", Json, new[] { "Samples.Options.g.cs" } },
    };
}
