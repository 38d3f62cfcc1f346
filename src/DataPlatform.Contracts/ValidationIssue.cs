namespace DataPlatform.Contracts;

/// <summary>One broken rule found while reading or validating a model.</summary>
/// <param name="Kind">
/// The reference's error type where it has one (<c>string_type</c>, <c>missing</c>,
/// <c>literal_error</c>, <c>value_error</c>, <c>bool_parsing</c>, <c>int_parsing</c>,
/// <c>list_type</c>, <c>string_pattern_mismatch</c>, <c>union_tag_invalid</c>, ...).
/// </param>
/// <param name="Location">Path of wire keys and list indexes to the value; empty for a whole-model rule.</param>
/// <param name="Member">The C# member, when the issue is about one.</param>
/// <param name="Message">What is wrong. Never contains a secret value.</param>
public sealed record ValidationIssue(string Kind, IReadOnlyList<string> Location, string? Member, string Message)
{
    /// <summary>The location as <c>requests[0].entity-type</c>, or <c>(model)</c> when empty.</summary>
    public string Path
    {
        get
        {
            if (Location.Count == 0) return "(model)";
            var text = new System.Text.StringBuilder();
            foreach (var part in Location)
            {
                if (part.Length > 0 && char.IsAsciiDigit(part[0]) && int.TryParse(part, out _)) text.Append('[').Append(part).Append(']');
                else text.Append(text.Length == 0 ? "" : ".").Append(part);
            }
            return text.ToString();
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Member is null ? $"{Path}: {Message} ({Kind})" : $"{Path} ({Member}): {Message} ({Kind})";
}
