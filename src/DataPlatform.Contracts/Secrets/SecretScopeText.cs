namespace DataPlatform.Contracts.Secrets;

/// <summary>The wire text of a <see cref="SecretScope"/>, as it appears in peer secret labels.</summary>
public static class SecretScopeText
{
    /// <summary><c>app</c> or <c>unit</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined scope.</exception>
    public static string ToWireText(this SecretScope scope) => scope switch
    {
        SecretScope.App => "app",
        SecretScope.Unit => "unit",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown secret scope."),
    };
}
