namespace DataPlatform.Contracts.Testing;

/// <summary>A deployed application of an <see cref="InMemoryJuju"/>.</summary>
public sealed class AppHandle
{
    private readonly InMemoryJuju _juju;

    internal AppHandle(InMemoryJuju juju, string name, IReadOnlyList<string> units)
    {
        _juju = juju;
        Name = name;
        Units = units;
    }

    /// <summary>The application name.</summary>
    public string Name { get; }

    /// <summary>Its units, <c>&lt;app&gt;/0</c>, <c>&lt;app&gt;/1</c>, ...</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>The current leader unit, or null.</summary>
    public string? Leader => _juju.LeaderOf(Name);

    /// <summary>Unit number <paramref name="n"/>, e.g. <c>Unit(0)</c> is <c>&lt;app&gt;/0</c>.</summary>
    public string Unit(int n) => Units[n];

    /// <inheritdoc />
    public override string ToString() => Name;
}
