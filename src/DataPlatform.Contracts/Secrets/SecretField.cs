namespace DataPlatform.Contracts.Secrets;

/// <summary>One secret member's content key and its value as stored (bools as <c>true</c>/<c>false</c>).</summary>
/// <param name="Key">The member's wire name.</param>
/// <param name="Value">The value; null removes the key from the secret.</param>
public readonly record struct SecretField(string Key, string? Value)
{
    /// <summary>A bool member's stored form (divergence D16: always lower case).</summary>
    public static string? Encode(bool? value) => value is null ? null : value.Value ? "true" : "false";

    /// <summary>The key, and <c>***</c> for a value (never the value itself).</summary>
    public override string ToString() => $"SecretField {{ Key = {Key}, Value = {(Value is null ? "null" : "***")} }}";
}
