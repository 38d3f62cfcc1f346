using DataPlatform.Contracts.Juju;

namespace DataPlatform.Contracts.Testing;

/// <summary>One workload status a unit or application set (<c>status-set</c>) in a committed hook.</summary>
/// <param name="Status">The status.</param>
/// <param name="Message">Its message.</param>
public sealed record StatusView(WorkloadStatus Status, string Message);
