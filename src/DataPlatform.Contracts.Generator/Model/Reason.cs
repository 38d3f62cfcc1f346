using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DataPlatform.Contracts.Generator.Model;

/// <summary>
/// One broken rule found by the parser: which rule, on which member, with the values the message
/// needs. Value-equal (no symbol, syntax or <see cref="Location"/>), as every parse output.
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Member">The property the reason is about, or "" for the type.</param>
/// <param name="Arguments">The values listed with <paramref name="Rule"/>.</param>
/// <param name="Location">Where to report it.</param>
internal sealed record Reason(Rule Rule, string Member, EquatableArray<string> Arguments, LocationInfo Location);

/// <summary>
/// A source location as values (file path, span, line span), so a reason stays equatable; the
/// analyzer turns it back into a <see cref="Location"/> in its syntax tree, which keeps pragma and
/// editorconfig suppression working.
/// </summary>
internal readonly record struct LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo From(Location location)
    {
        var lines = location.GetLineSpan();
        return new(location.SourceTree?.FilePath ?? lines.Path ?? "", location.SourceSpan, lines.Span);
    }
}

/// <summary>
/// What the parser makes of one <c>[RelationModel]</c> type: the model, or null when a reason
/// rejects it, and every reason found (warnings included). A type can be rejected without a reason
/// of its own when another declaration's parse or the compiler reports the cause.
/// </summary>
internal sealed record ParseResult(ModelSpec? Model, EquatableArray<Reason> Reasons);
