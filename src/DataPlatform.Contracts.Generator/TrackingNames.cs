namespace DataPlatform.Contracts.Generator;

/// <summary>Names of the pipeline steps, so tests can assert that each step caches.</summary>
public static class TrackingNames
{
    /// <summary>The parsed models (one per <c>[RelationModel]</c> type).</summary>
    public const string Models = "RelationModels";

    /// <summary>The models that can be generated.</summary>
    public const string GeneratableModels = "GeneratableRelationModels";

    /// <summary>The partial properties no model part implements, per type that has any.</summary>
    public const string PartialStubs = "PartialPropertyStubs";
}
