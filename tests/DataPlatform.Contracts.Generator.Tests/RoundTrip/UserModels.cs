using DataPlatform.Contracts;
using DataPlatform.Contracts.Models;

namespace DataPlatform.Contracts.Generator.Tests.RoundTrip;

// Declared in the test project itself: the generator (referenced as an analyzer) implements them
// at build time, so these tests run the generated code.

/// <summary>A request with an extra secret and a custom secret group (architecture.md's example).</summary>
[RelationModel]
public partial class ExtendedCommonModel : RequirerCommonModel
{
    [ExtraSecret] public partial string? OperatorPassword { get; set; }

    [SecretGroup("mygroup")] public partial string? AuditToken { get; set; }
}

/// <summary>How a replica is written.</summary>
public enum ReplicaTier
{
    [WireName("gold")] Gold,
    [WireName("silver-plus")] SilverPlus,
}

/// <summary>A nested model.</summary>
[RelationModel]
public partial class ReplicaModel
{
    public partial string Host { get; set; }
}

/// <summary>A standalone root with a required member, an enum, a string list and a model list.</summary>
[RelationModel]
public partial class InventoryModel
{
    public partial string Name { get; set; }

    public partial ReplicaTier? Tier { get; set; }

    public partial List<string>? Tags { get; set; }

    public partial List<ReplicaModel>? Replicas { get; set; }
}

/// <summary>A partial record model.</summary>
[RelationModel]
public partial record SettingsRecord
{
    public partial string? Mode { get; set; }
}

/// <summary>A model with a member of any JSON kind, written as write_model writes it (docs/protocol/serialization.md#writing-a-model-to-a-databag).</summary>
[RelationModel]
public partial class PayloadModel
{
    public partial DataPlatform.Contracts.Wire.WireValue Payload { get; set; }
}

/// <summary>A member of any JSON value: null (or JSON null) is absent.</summary>
[RelationModel]
public partial class JsonOptionsModel
{
    public partial string? Name { get; set; }

    public partial DataPlatform.Contracts.Wire.WireValue? Extra { get; set; }
}
