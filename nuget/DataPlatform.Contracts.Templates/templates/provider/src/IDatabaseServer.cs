namespace MyDatabase;

/// <summary>The workload this charm operates: the database server's users.</summary>
public interface IDatabaseServer
{
    /// <summary>Creates <paramref name="user"/> with <paramref name="password"/>, owning <paramref name="database"/>; creates the database when missing.</summary>
    void CreateUser(string user, string password, string database);

    /// <summary>Changes the password of <paramref name="user"/>.</summary>
    void SetPassword(string user, string password);
}
