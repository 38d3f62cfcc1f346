namespace DataPlatform.Contracts.Secrets;

/// <summary>Whose peer secret it is: the application's or this unit's (the reference's <c>Scope</c>).</summary>
public enum SecretScope
{
    /// <summary>The application's peer data; wire text <c>app</c>.</summary>
    App,

    /// <summary>This unit's peer data; wire text <c>unit</c>.</summary>
    Unit,
}
