using System.Data.Common;
using Dyad.Domain;
using Dyad.Ingest;

namespace Dyad.Store;

/// <summary>Answers whether an article is already stored (same id, URL or normalized text), on its own connection.</summary>
public sealed class ArticleLookup(DbConnection connection) : IDisposable
{
    /// <summary>True when the store holds <paramref name="article"/> or a copy of it.</summary>
    public bool Contains(Article article)
    {
        // Three equality probes rather than one OR, so each can use its unique index.
        return Sql.Scalar(connection, null, "SELECT 1 FROM articles WHERE id = $1", article.Id) is not null
            || Sql.Scalar(connection, null, "SELECT 1 FROM articles WHERE text_hash = $1", ArticleId.FromText(article.Text)) is not null
            || (!string.IsNullOrWhiteSpace(article.Url) && Sql.Scalar(connection, null, "SELECT 1 FROM articles WHERE url = $1", article.Url) is not null);
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();
}
