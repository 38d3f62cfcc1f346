using DataPlatform.Contracts.Charms;
using DataPlatform.Contracts.Models;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Tests.Relations;

/// <summary>Issue 8, item 5: provider events carry the handler's request type, for V1 and V0 clients alike.</summary>
public sealed class ProviderEventTypeTests
{
    private static (InMemoryJuju Juju, int Relation, List<ResourceRequestedEvent<KafkaRequestModel>> Events) Kafka()
    {
        var juju = new InMemoryJuju();
        var events = new List<ResourceRequestedEvent<KafkaRequestModel>>();
        juju.Deploy("kafka", new CharmMetadata("kafka") { Provides = new[] { new EndpointMetadata("kafka-client", "kafka_client") } }, host =>
        {
            var handler = new ResourceProviderEventHandler<KafkaRequestModel>(host, "kafka-client");
            handler.ResourceRequested += events.Add;
            return handler;
        });
        juju.Deploy("client", new CharmMetadata("client") { Requires = new[] { new EndpointMetadata("kafka-client", "kafka_client") } }, _ => new object());
        return (juju, juju.Relate("client", "kafka-client", "kafka", "kafka-client"), events);
    }

    [Fact]
    public void A_V1_clients_request_arrives_as_the_handlers_request_type()
    {
        var (juju, relation, events) = Kafka();
        juju.UpdateDatabag(relation, "client", new Dictionary<string, string>
        {
            ["version"] = "v1",
            ["requests"] = "[{\"resource\": \"orders\", \"request-id\": \"x1\", \"salt\": \"s\", \"consumer-group-prefix\": \"grp-\"}]",
        });

        juju.RunHook("kafka/0", Hooks.Relation("changed", "kafka-client", relation, "client"));

        var e = Assert.Single(events);
        Assert.Equal("grp-", e.Request.ConsumerGroupPrefix);
        Assert.Null(e.V0Request);
    }

    // docs/protocol/databags.md#v0-mode: a V0 Kafka client names its resource `topic` and sends the prefix flat.
    [Fact]
    public void A_V0_clients_request_is_adapted_to_the_handlers_request_type()
    {
        var (juju, relation, events) = Kafka();
        juju.UpdateDatabag(relation, "client", new Dictionary<string, string> { ["topic"] = "orders", ["consumer-group-prefix"] = "grp-" });

        var result = juju.RunHook("kafka/0", Hooks.Relation("changed", "kafka-client", relation, "client"));

        Assert.Null(result.Error);
        var e = Assert.Single(events);
        Assert.Equal("orders", e.Request.Resource);
        Assert.Equal("grp-", e.Request.ConsumerGroupPrefix);
        Assert.Null(e.Request.RequestId);
        Assert.Equal("topic", e.V0Request!.OriginalField);
        // The provider still answers the V0 client under its original key.
        Assert.Equal("orders", juju.Databag(relation, "kafka")["topic"]);
    }
}
