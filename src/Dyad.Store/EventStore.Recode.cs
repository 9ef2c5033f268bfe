using System.Globalization;
using Dyad.Domain;

namespace Dyad.Store;

/// <summary>What re-coding needs: stored articles back, their current reports, and replacing them.</summary>
public sealed partial class EventStore
{
    /// <summary>
    /// Stored articles coded with other knowledge than <paramref name="knowledgeVersion"/> (every article with
    /// <paramref name="all"/>), in id order, read a page at a time so the caller may write between pages.
    /// </summary>
    public IEnumerable<Article> ArticlesToRecode(string knowledgeVersion, bool all, int pageSize = 200)
    {
        var after = "";
        while (true)
        {
            var page = new List<Article>(pageSize);
            using (var command = Sql.Command(
                connection,
                null,
                $"""
                SELECT id, text, title, source, byline, published, dateline, wire, url, origin FROM articles
                WHERE id > $1 {(all ? "" : "AND knowledge_version <> $2")} ORDER BY id LIMIT {pageSize.ToString(CultureInfo.InvariantCulture)}
                """,
                all ? [after] : [after, knowledgeVersion]))
            using (var r = command.ExecuteReader())
            {
                while (r.Read())
                {
                    page.Add(new Article(
                        r.GetString(0),
                        r.GetString(1),
                        Sql.Text(r, 2),
                        Sql.Text(r, 3),
                        Sql.Text(r, 4),
                        r.IsDBNull(5) ? null : r.GetDateTime(5),
                        Sql.Text(r, 6),
                        Sql.Text(r, 7),
                        Sql.Text(r, 8),
                        Sql.Text(r, 9)));
                }
            }

            foreach (var article in page)
            {
                yield return article;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>The stored reports of an article: sentence, span and event key of each.</summary>
    public List<(int Sentence, int Start, int End, string Key)> ReportsOf(string articleId)
    {
        using var command = Sql.Command(
            connection,
            null,
            "SELECT m.sentence_index, m.span_start, m.span_end, e.event_key FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = $1",
            articleId);
        using var r = command.ExecuteReader();
        var list = new List<(int, int, int, string)>();
        while (r.Read())
        {
            list.Add((r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)));
        }

        return list;
    }

    /// <summary>
    /// Replaces an article's events in one transaction: its mentions are dropped and the new ones stored, the counts of
    /// every event touched recomputed and events no article reports any more deleted.
    /// </summary>
    public void Replace(Article article, IReadOnlyList<Event> events, int sentences, string knowledgeVersion)
    {
        using var tx = connection.BeginTransaction();
        var old = new List<long>();
        using (var command = Sql.Command(connection, tx, "SELECT DISTINCT event_id FROM mentions WHERE article_id = $1", article.Id))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                old.Add(Sql.Long(r, 0));
            }
        }

        Sql.Execute(connection, tx, "DELETE FROM mentions WHERE article_id = $1", article.Id);
        InsertEvents(tx, [new CodedArticle(article, events, sentences)], DateTime.UtcNow, old);
        Sql.Execute(connection, tx, "UPDATE articles SET knowledge_version = $1, sentences = $2 WHERE id = $3", knowledgeVersion, sentences, article.Id);
        tx.Commit();
    }

    /// <summary>Marks an article as coded with <paramref name="knowledgeVersion"/> when re-coding changed nothing.</summary>
    public void MarkCoded(string articleId, string knowledgeVersion) =>
        Sql.Execute(connection, null, "UPDATE articles SET knowledge_version = $1 WHERE id = $2", knowledgeVersion, articleId);
}
