namespace DataPlatform.Contracts.Models;

/// <summary>
/// A Kafka topic request: adds the consumer group prefix (docs/protocol/models.md#kafka-models). Divergence D1: the
/// prefix is a plain request key, never a secret.
/// </summary>
[RelationModel]
public partial class KafkaRequestModel : RequirerCommonModel
{
    /// <summary>Prefix of the consumer groups the client may use; no <c>*</c> in its first three characters.</summary>
    public partial string? ConsumerGroupPrefix { get; set; }

    partial void OnValidate(ModelReadContext context)
    {
        if (KafkaRules.IsAcceptablePrefix(ConsumerGroupPrefix)) return;
        // The doubled comma is upstream's message, kept so both sides report alike.
        context.AddIssue("value_error", "consumer-group-prefix", nameof(ConsumerGroupPrefix),
            $"Value error, Error on topic '{RemoteText.Prefix(ConsumerGroupPrefix)}',, unacceptable value.");
    }
}

/// <summary>A Kafka response: the consumer group prefix and ZooKeeper URIs live in the <c>extra</c> secret.</summary>
[RelationModel]
public partial class KafkaResponseModel : ResourceProviderModel
{
    /// <summary>The consumer group prefix granted.</summary>
    [ExtraSecret]
    public partial string? ConsumerGroupPrefix { get; set; }

    /// <summary>ZooKeeper connection URIs.</summary>
    [ExtraSecret]
    public partial string? ZookeeperUris { get; set; }
}

/// <summary>The reference's <c>is_topic_value_acceptable</c>.</summary>
public static class KafkaRules
{
    /// <summary>False when the value has a <c>*</c> among its first three characters; null and empty are fine.</summary>
    public static bool IsAcceptablePrefix(string? value) =>
        string.IsNullOrEmpty(value) || value.AsSpan(0, Math.Min(3, value.Length)).IndexOf('*') < 0;
}
