using System.Globalization;

namespace DataPlatform.Contracts.Juju;

/// <summary>
/// A Juju version as <c>JUJU_VERSION</c> gives it: <c>major.minor.patch[.build]</c>, or a
/// pre-release <c>major.minor-tagpatch[.build]</c> such as <c>3.1-beta1</c> (patch 1 of tag beta).
/// A pre-release sorts before the release of the same major.minor; tags compare as text.
/// </summary>
public sealed class JujuVersion : IComparable<JujuVersion>, IEquatable<JujuVersion>
{
    private JujuVersion(int major, int minor, string tag, int patch, int build)
    {
        Major = major;
        Minor = minor;
        Tag = tag;
        Patch = patch;
        Build = build;
    }

    /// <summary>The major version.</summary>
    public int Major { get; }

    /// <summary>The minor version.</summary>
    public int Minor { get; }

    /// <summary>The pre-release tag (<c>beta</c>, <c>rc</c>...), or <c>""</c> for a release.</summary>
    public string Tag { get; }

    /// <summary>The patch number (the number after the tag for a pre-release).</summary>
    public int Patch { get; }

    /// <summary>The build number, 0 when absent.</summary>
    public int Build { get; }

    /// <summary>Juju 2.7.0: application databags.</summary>
    public static JujuVersion AppData { get; } = Parse("2.7.0");

    /// <summary>Juju 2.8.1: <c>relation-list --app</c>.</summary>
    public static JujuVersion RelationListApp { get; } = Parse("2.8.1");

    /// <summary>Juju 3.0.3: secrets usable (<c>--refresh</c>, <c>secret-info-get</c>, observer labels).</summary>
    public static JujuVersion Secrets { get; } = Parse("3.0.3");

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">Not a Juju version.</exception>
    public static JujuVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"\"{text}\" is not a Juju version (expected e.g. 3.6.12 or 3.1-beta1)");

    /// <summary>Parses <paramref name="text"/>; false when it is not a Juju version.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JujuVersion? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text)) return false;
        var pos = 0;
        if (!Number(text, ref pos, out var major) || !Expect(text, ref pos, '.') || !Number(text, ref pos, out var minor)) return false;
        var tag = "";
        var patch = 0;
        var build = 0;
        if (pos < text.Length && text[pos] == '-')
        {
            pos++;
            var start = pos;
            while (pos < text.Length && text[pos] is >= 'a' and <= 'z') pos++;
            if (pos == start) return false;
            tag = text[start..pos];
            if (!Number(text, ref pos, out patch)) return false;
        }
        else if (pos < text.Length && text[pos] == '.')
        {
            pos++;
            if (!Number(text, ref pos, out patch)) return false;
        }

        if (pos < text.Length && (!Expect(text, ref pos, '.') || !Number(text, ref pos, out build))) return false;
        if (pos != text.Length) return false;
        version = new JujuVersion(major, minor, tag, patch, build);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(JujuVersion? other)
    {
        if (other is null) return 1;
        var c = Major.CompareTo(other.Major);
        if (c == 0) c = Minor.CompareTo(other.Minor);
        if (c == 0 && Tag != other.Tag) c = Tag.Length == 0 ? 1 : other.Tag.Length == 0 ? -1 : string.CompareOrdinal(Tag, other.Tag);
        if (c == 0) c = Patch.CompareTo(other.Patch);
        if (c == 0) c = Build.CompareTo(other.Build);
        return c;
    }

    /// <inheritdoc />
    public bool Equals(JujuVersion? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JujuVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor, Tag, Patch, Build);

    /// <summary>The version in Juju's notation.</summary>
    public override string ToString()
    {
        var text = Tag.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}")
            : string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}-{Tag}{Patch}");
        return Build == 0 ? text : text + "." + Build.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Orders versions.</summary>
    public static bool operator <(JujuVersion left, JujuVersion right) => left.CompareTo(right) < 0;

    /// <summary>Orders versions.</summary>
    public static bool operator >(JujuVersion left, JujuVersion right) => left.CompareTo(right) > 0;

    /// <summary>Orders versions.</summary>
    public static bool operator <=(JujuVersion left, JujuVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Orders versions.</summary>
    public static bool operator >=(JujuVersion left, JujuVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Equal versions.</summary>
    public static bool operator ==(JujuVersion? left, JujuVersion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Different versions.</summary>
    public static bool operator !=(JujuVersion? left, JujuVersion? right) => !(left == right);

    private static bool Number(string text, ref int pos, out int value)
    {
        var start = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]) && pos - start < 9) pos++;
        value = 0;
        return pos > start && int.TryParse(text.AsSpan(start, pos - start), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool Expect(string text, ref int pos, char c)
    {
        if (pos >= text.Length || text[pos] != c) return false;
        pos++;
        return true;
    }
}
