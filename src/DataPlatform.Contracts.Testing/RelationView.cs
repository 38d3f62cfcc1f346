namespace DataPlatform.Contracts.Testing;

/// <summary>The ends of a relation. For a peer relation both ends are the same application and endpoint.</summary>
/// <param name="Id">The relation id, the same on both sides.</param>
/// <param name="AppA">The first application.</param>
/// <param name="EndpointA">Its endpoint.</param>
/// <param name="AppB">The second application.</param>
/// <param name="EndpointB">Its endpoint.</param>
/// <param name="IsPeer">Whether it is a peer relation.</param>
public sealed record RelationView(int Id, string AppA, string EndpointA, string AppB, string EndpointB, bool IsPeer)
{
    /// <summary>The endpoint of <paramref name="app"/>'s end.</summary>
    public string EndpointOf(string app) => AppA == app ? EndpointA : AppB == app ? EndpointB : throw new ArgumentException($"{app} is not in relation {Id}", nameof(app));

    /// <summary>The application at the other end of <paramref name="app"/>.</summary>
    public string OtherApp(string app) => AppA == app ? AppB : AppB == app ? AppA : throw new ArgumentException($"{app} is not in relation {Id}", nameof(app));
}
