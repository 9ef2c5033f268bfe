using System.Data.Common;
using System.Globalization;
using System.Text;
using Dyad.Domain;
using Dyad.Ingest;

namespace Dyad.Store;

/// <summary>Answers whether articles are already stored (same id, URL or normalized text), on its own connection.</summary>
public sealed class ArticleLookup(DbConnection connection) : IDisposable
{
    /// <summary>True when the store holds <paramref name="article"/> or a copy of it.</summary>
    public bool Contains(Article article) => StoredAmong([article]).Count == 1;

    /// <summary>The positions in <paramref name="articles"/> of those the store already holds: three queries for all.</summary>
    public HashSet<int> StoredAmong(IReadOnlyList<Article> articles)
    {
        var found = new HashSet<int>();
        if (articles.Count == 0)
        {
            return found;
        }

        var ids = new string[articles.Count];
        var hashes = new string[articles.Count];
        var urls = new string[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            ids[i] = articles[i].Id;
            hashes[i] = ArticleId.FromText(articles[i].Text);
            urls[i] = StoreSchema.UrlKey(articles[i].Url, hashes[i]);
        }

        Probe("id", ids, found);
        Probe("text_hash", hashes, found);
        Probe("url_key", urls, found);
        return found;
    }

    private void Probe(string column, string[] values, HashSet<int> found)
    {
        var sql = new StringBuilder($"SELECT {column} FROM articles WHERE {column} IN (");
        for (var i = 0; i < values.Length; i++)
        {
            sql.Append(i == 0 ? "$" : ", $").Append((i + 1).ToString(CultureInfo.InvariantCulture));
        }

        sql.Append(')');
        using var command = Sql.Command(connection, null, sql.ToString(), [.. values]);
        using var reader = command.ExecuteReader();
        var present = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            present.Add(reader.GetString(0));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (present.Contains(values[i]))
            {
                found.Add(i);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();
}
