namespace DataPlatform.Contracts.Generator.Shared;

/// <summary>
/// Rules on request values that upstream providers enforce at runtime; the analyzers apply them to
/// constants. Kept identical to the runtime's <c>KafkaRules</c> (a test compares the two).
/// </summary>
internal static class RequestRules
{
    /// <summary>The reference's <c>is_topic_value_acceptable</c>: no <c>*</c> among the first three characters.</summary>
    public static bool IsAcceptableConsumerGroupPrefix(string? value)
    {
        if (string.IsNullOrEmpty(value)) return true;
        var length = value!.Length < 3 ? value.Length : 3;
        return value.IndexOf('*', 0, length) < 0;
    }
}
