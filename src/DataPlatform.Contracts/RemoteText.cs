using DataPlatform.Contracts.Wire;

namespace DataPlatform.Contracts;

/// <summary>
/// A value that came from the other side, as an error message may quote it: its first few
/// characters only, escaped, so a message never carries a whole remote value (which may be a
/// credential pasted in the wrong key) nor control characters into a log line.
/// </summary>
public static class RemoteText
{
    /// <summary>How many characters of a remote value a message quotes at most.</summary>
    public const int MaxChars = 16;

    /// <summary>
    /// How many characters of a secret id a message quotes at most: enough for a full
    /// <c>secret://model-uuid/id</c>, which the operator needs, and which is no secret itself.
    /// </summary>
    public const int MaxIdChars = 80;

    /// <summary>
    /// The value's first <paramref name="maxChars"/> characters, escaped as inside a JSON string
    /// (the caller adds quotes), with <c>...</c> when cut.
    /// </summary>
    public static string Prefix(string? value, int maxChars = MaxChars)
    {
        if (value is null) return "None";
        var cut = Math.Min(value.Length, Math.Max(maxChars, 1));
        // Never split a surrogate pair: half a character would be a lone surrogate in the message.
        if (cut < value.Length && char.IsHighSurrogate(value[cut - 1])) cut--;
        var quoted = PythonJson.Quote(value.Substring(0, cut));
        return quoted.Substring(1, quoted.Length - 2) + (cut < value.Length ? "..." : "");
    }
}
