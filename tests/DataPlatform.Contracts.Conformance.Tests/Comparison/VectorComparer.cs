using System.Text.Json;
using System.Text.RegularExpressions;

namespace DataPlatform.Contracts.Conformance.Tests.Comparison;

/// <summary>
/// Compares what we produced with what a vector recorded, modulo the recording's normalisations
/// (conformance README): secret ids may be renamed by any consistent bijection, and a recorded
/// <c>GENSALT</c> salt stands for any fresh 16-character alphanumeric salt. JSON held inside a
/// string (a databag value) is compared byte for byte once ids and salts are mapped.
/// </summary>
public sealed partial class VectorComparer
{
    private readonly Dictionary<string, string> _ourIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _theirIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ourSalts = new(StringComparer.Ordinal);

    /// <summary>
    /// Where JSON text may differ from the recording in member order alone (given the path shown
    /// in messages). The conformance README allows it only where a replayer cannot reproduce the
    /// order; the scenario replayer names the data stored from a V0 peer's flat databag.
    /// </summary>
    public Func<string, bool>? MemberOrderFreeAt { get; init; }

    [GeneratedRegex(@"^secret:[0-9A-Za-z]+$")]
    private static partial Regex SecretId();

    [GeneratedRegex(@"secret:[0-9A-Za-z]+")]
    private static partial Regex SecretIdInText();

    [GeneratedRegex(@"^GENSALT\d{9}$")]
    private static partial Regex GeneratedSalt();

    [GeneratedRegex(@"^[A-Za-z0-9]{16}$")]
    private static partial Regex FreshSalt();

    /// <summary>Asserts <paramref name="actual"/> matches <paramref name="expected"/>; the message names the path.</summary>
    public void AssertMatches(JsonElement expected, JsonElement actual, string path)
    {
        // D10: an override may leave a secret's revision number open (Overrides.AnyRevision).
        if (IsMarker(expected, RevisionMarker))
        {
            Assert.True(actual.ValueKind == JsonValueKind.Number && actual.GetInt32() >= 1, $"{path}: expected a revision number, got {Show(actual)}");
            return;
        }
        if (expected.ValueKind != actual.ValueKind)
        {
            Assert.Fail($"{path}: expected {expected.ValueKind} {Show(expected)}, got {actual.ValueKind} {Show(actual)}");
        }
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var theirKeys = expected.EnumerateObject().Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal).ToList();
                var ourKeys = actual.EnumerateObject().Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal).ToList();
                Assert.True(theirKeys.SequenceEqual(ourKeys),
                    $"{path}: keys differ. Only expected: [{string.Join(", ", theirKeys.Except(ourKeys))}]; only ours: [{string.Join(", ", ourKeys.Except(theirKeys))}]");
                foreach (var key in theirKeys)
                {
                    if (IsTrackingMarker(expected.GetProperty(key), out var tracksLatest, out var sibling))
                    {
                        AssertTracking(actual, key, sibling, tracksLatest, $"{path}.{key}");
                        continue;
                    }
                    AssertMatches(expected.GetProperty(key), actual.GetProperty(key), $"{path}.{key}");
                }
                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(),
                    $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}: {Show(actual)}");
                var index = 0;
                foreach (var (theirs, ours) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    AssertMatches(theirs, ours, $"{path}[{index++}]");
                }
                break;
            case JsonValueKind.String:
                AssertStringMatches(expected.GetString()!, actual.GetString()!, path);
                break;
            case JsonValueKind.Number:
                Assert.True(expected.GetDecimal() == actual.GetDecimal(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
            default:
                Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
        }
    }

    /// <summary>Marks a revision number left open: any revision (a positive integer) matches.</summary>
    public const string RevisionMarker = "<revision>";

    /// <summary>Marks a tracked revision that must equal its sibling <c>latest_revision</c>, whatever the numbers.</summary>
    public const string TracksLatestMarker = "<equal to latest_revision>";

    /// <summary>Marks a tracked revision that must be older than its sibling <c>latest_revision</c>.</summary>
    public const string TracksOlderMarker = "<older than latest_revision>";

    /// <summary>Our secret id that stands for a recorded one, once they were matched.</summary>
    public string? OursFor(string theirs) => _theirIds.TryGetValue(theirs, out var ours) ? ours : null;

    /// <summary>Asserts that a secret id of ours stands for a recorded one, consistently.</summary>
    public void Bind(string theirs, string ours, string path)
    {
        if (_ourIds.TryGetValue(ours, out var bound))
        {
            Assert.True(bound == theirs, $"{path}: our secret {ours} stands for {bound} elsewhere, here for {theirs}");
            return;
        }
        Assert.False(_theirIds.ContainsKey(theirs), $"{path}: {theirs} is already another secret of ours ({(_theirIds.TryGetValue(theirs, out var other) ? other : "")})");
        _ourIds[ours] = theirs;
        _theirIds[theirs] = ours;
    }

    private void AssertStringMatches(string theirs, string ours, string path)
    {
        if (SecretId().IsMatch(theirs) && SecretId().IsMatch(ours))
        {
            Bind(theirs, ours, path);
            return;
        }
        if (GeneratedSalt().IsMatch(theirs))
        {
            Assert.True(FreshSalt().IsMatch(ours), $"{path}: expected a fresh 16-character salt, got '{ours}'");
            _ourSalts[ours] = theirs;
            return;
        }
        if (LooksLikeJsonContainer(theirs) && LooksLikeJsonContainer(ours))
        {
            using var theirDocument = JsonDocument.Parse(theirs);
            using var ourDocument = JsonDocument.Parse(ours);
            AssertMatches(theirDocument.RootElement, ourDocument.RootElement, path + "<json>");
            if (MemberOrderFreeAt?.Invoke(path) != true) Assert.True(theirs == Mapped(ours), $"{path}: same value, different bytes.\n  expected: {theirs}\n  ours:     {Mapped(ours)}");
            return;
        }
        Assert.True(theirs == ours, $"{path}: expected '{theirs}', got '{ours}'");
    }

    // Our text with our secret ids and fresh salts replaced by the recorded ones they stand for.
    private string Mapped(string ours)
    {
        var text = SecretIdInText().Replace(ours, m => _ourIds.TryGetValue(m.Value, out var theirs) ? theirs : m.Value);
        foreach (var (salt, theirs) in _ourSalts) text = text.Replace("\"" + salt + "\"", "\"" + theirs + "\"", StringComparison.Ordinal);
        return text;
    }

    private static bool IsMarker(JsonElement expected, string marker) =>
        expected.ValueKind == JsonValueKind.String && expected.GetString() == marker;

    private static bool IsTrackingMarker(JsonElement expected, out bool tracksLatest, out string sibling)
    {
        tracksLatest = IsMarker(expected, TracksLatestMarker);
        sibling = "latest_revision";
        return tracksLatest || IsMarker(expected, TracksOlderMarker);
    }

    // The tracked revision against the latest one of the same object, ours both: latest or older.
    private static void AssertTracking(JsonElement actual, string key, string sibling, bool tracksLatest, string path)
    {
        var tracked = actual.GetProperty(key);
        var latest = actual.GetProperty(sibling);
        Assert.True(tracked.ValueKind == JsonValueKind.Number && latest.ValueKind == JsonValueKind.Number,
            $"{path}: expected revision numbers, got {Show(tracked)} of {Show(latest)}");
        Assert.True(tracksLatest ? tracked.GetInt32() == latest.GetInt32() : tracked.GetInt32() < latest.GetInt32(),
            $"{path}: expected {(tracksLatest ? "the latest revision" : "an older revision than the latest")}, got {tracked.GetInt32()} of {latest.GetInt32()} (D10 leaves only the numbers open)");
    }

    private static bool LooksLikeJsonContainer(string text) => text.Length > 1 && (text[0] == '[' || text[0] == '{');

    private static string Show(JsonElement element) => element.ValueKind == JsonValueKind.Undefined ? "(missing)" : element.GetRawText();
}
