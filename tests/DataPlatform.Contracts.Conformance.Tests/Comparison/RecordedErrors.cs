using System.Text.Json;
using DataPlatform.Contracts.Juju;
using DataPlatform.Contracts.Relations;
using DataPlatform.Contracts.Secrets;

namespace DataPlatform.Contracts.Conformance.Tests.Comparison;

/// <summary>
/// A recorded error (conformance README, normalisation 5: <c>{exception, errors}</c> for pydantic,
/// <c>{exception, message}</c> otherwise) matched by its kind: the recorded Python exception class
/// maps to the exceptions of ours that stand for it (README.md of this project lists the table;
/// docs/protocol/errors.md says when the reference raises each). Pydantic errors also match issue by
/// issue, by type and location.
/// </summary>
public static class RecordedErrors
{
    /// <summary>Recorded exception class → what of ours stands for it.</summary>
    public static readonly IReadOnlyDictionary<string, (string Ours, Func<Exception, bool> Matches)> Kinds =
        new Dictionary<string, (string, Func<Exception, bool>)>(StringComparer.Ordinal)
        {
            // Invalid model data, raised directly or as the cause of a relation data error.
            ["ValidationError"] = ("RelationModelValidationException", e => ValidationOf(e) is not null),
            // Bad relation data or a missing relation ("Cannot change ...", "Missing relation.", "No request matching ...").
            ["ValueError"] = ("RelationDataException or ArgumentException", e => e is RelationDataException or ArgumentException),
            // raise_status with a code the schema does not define.
            ["KeyError"] = ("KeyNotFoundException", e => e is KeyNotFoundException),
            // set_responses' asserts (empty list, more than one response for a V0 client).
            ["AssertionError"] = ("ArgumentException", e => e is ArgumentException),
            ["FileNotFoundError"] = ("FileNotFoundException", e => e is FileNotFoundException),
            ["SecretNotFoundError"] = ("SecretNotFoundException or SecretAccessException", e => e is SecretNotFoundException or SecretAccessException),
            ["ModelError"] = ("JujuException", e => e is JujuException),
        };

    /// <summary>Asserts that <paramref name="ours"/> is the error recorded (or that there is none when none was).</summary>
    public static void AssertMatches(JsonElement? recorded, Exception? ours, string where)
    {
        if (recorded is not { } expected)
        {
            Assert.True(ours is null, $"{where}: unexpected error: {ours}");
            return;
        }
        var name = expected.GetProperty("exception").GetString()!;
        Assert.True(Kinds.TryGetValue(name, out var kind), $"{where}: the recorded {name} maps to none of our errors; add it to RecordedErrors.Kinds.");
        Assert.True(ours is not null, $"{where}: expected a {name} ({kind.Ours}), got no error");
        Assert.True(kind.Matches(ours!), $"{where}: expected a {name} ({kind.Ours}), got {ours!.GetType().Name}: {ours.Message}");
        if (name == "ValidationError") AssertIssues(expected, ValidationOf(ours)!, where);
    }

    /// <summary>The pydantic issues, by type and location, equal ours (their order is not part of the contract).</summary>
    public static void AssertIssues(JsonElement expected, RelationModelValidationException ours, string where)
    {
        var theirs = expected.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("type").GetString() + " @ " + string.Join("/", e.GetProperty("loc").EnumerateArray().Select(l => Normalize(l.ToString()))))
            .OrderBy(x => x, StringComparer.Ordinal).ToList();
        var issues = ours.Issues
            .Select(i => i.Kind + " @ " + string.Join("/", i.Location.Select(Normalize)))
            .OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.True(theirs.SequenceEqual(issues), $"{where}: expected issues [{string.Join("; ", theirs)}], got [{string.Join("; ", issues)}]: {ours.Message}");
    }

    // Python names and our wire keys differ only in '-' versus '_'.
    private static string Normalize(string key) => key.Replace('-', '_');

    private static RelationModelValidationException? ValidationOf(Exception e) =>
        e as RelationModelValidationException ?? e.InnerException as RelationModelValidationException;
}
