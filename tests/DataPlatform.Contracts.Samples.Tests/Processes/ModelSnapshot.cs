using System.Text;
using DataPlatform.Contracts.Testing;

namespace DataPlatform.Contracts.Samples.Tests.Processes;

/// <summary>
/// Everything a hook can leave in the model, as text: every databag of every relation, every
/// secret (owner, labels, every revision's content, tracking, grants), every status. Two forms of
/// the same model are told apart only where Juju lets them differ:
/// <list type="bullet">
/// <item>secret ids: over hook tools a charm gets <c>secret://&lt;model-uuid&gt;/&lt;xid&gt;</c> from
/// <c>secret-add</c> and publishes that, the in-memory backend gives <c>secret:&lt;xid&gt;</c>; both are
/// read as the same secret, so the long form is shortened;</item>
/// <item>passwords: drawn at random by the provider in every run, so each is replaced by its order
/// of first appearance (a new password is a new number, a kept one keeps its number).</item>
/// </list>
/// </summary>
public sealed record ModelSnapshot(string Text, IReadOnlyList<string> Passwords)
{
    private const string LongSecretPrefix = "secret://" + InMemoryJuju.FakeModelUuid + "/";

    /// <summary>The committed model of <paramref name="juju"/> now.</summary>
    public static ModelSnapshot Of(InMemoryJuju juju)
    {
        var text = new StringBuilder();
        var passwords = new List<string>();
        foreach (var id in juju.RelationIds.Order())
        {
            var relation = juju.Relation(id);
            foreach (var member in Members(juju, relation))
            {
                foreach (var (key, value) in juju.Databag(id, member).OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    text.Append($"relation {id} {member} {key} = {value.Replace(LongSecretPrefix, "secret:", StringComparison.Ordinal)}\n");
                }
            }
        }

        foreach (var secret in juju.Secrets.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            text.Append($"secret {secret.Id} owner={secret.OwnerUnit ?? secret.OwnerApp} label={secret.OwnerLabel}\n");
            foreach (var (revision, content) in secret.Revisions.OrderBy(r => r.Key))
            {
                foreach (var (key, value) in content.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    if (key.EndsWith("password", StringComparison.Ordinal)) passwords.Add(value);
                    text.Append($"  revision {revision} {key} = {(key.EndsWith("password", StringComparison.Ordinal) ? "<password>" : value)}\n");
                }
            }

            foreach (var (unit, label) in secret.ConsumerLabels.OrderBy(e => e.Key, StringComparer.Ordinal)) text.Append($"  consumer {unit} label={label}\n");
            foreach (var (unit, revision) in secret.TrackedRevisions.OrderBy(e => e.Key, StringComparer.Ordinal)) text.Append($"  tracked {unit} revision={revision}\n");
            foreach (var (relation, app) in secret.Grants.OrderBy(e => e.Key)) text.Append($"  granted relation {relation} to {app}\n");
        }

        foreach (var app in new[] { SampleLifecycle.Db, SampleLifecycle.App, SampleLifecycle.SecondApp }.Where(a => juju.LeaderOf(a) is not null))
        {
            foreach (var owner in juju.App(app).Units.Prepend(app))
            {
                if (juju.Status(owner) is { } status) text.Append($"status {owner} {status.Status} {status.Message}\n");
            }
        }

        return new ModelSnapshot(text.ToString(), passwords);
    }

    private static IEnumerable<string> Members(InMemoryJuju juju, RelationView relation) =>
        new[] { relation.AppA, relation.AppB }.Distinct().SelectMany(app => juju.App(app).Units.Prepend(app));
}
