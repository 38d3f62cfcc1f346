namespace DataPlatform.Contracts;

/// <summary>List members of any declared list type, seen as read-only lists. Called by generated code.</summary>
public static class WireLists
{
    /// <summary>The list itself when it already is one, else a copy; null stays null.</summary>
    public static IReadOnlyList<T>? AsReadOnlyList<T>(IEnumerable<T>? items) => items switch
    {
        null => null,
        IReadOnlyList<T> list => list,
        _ => new List<T>(items),
    };
}
