using System.Globalization;
using System.Text.Json;
using Dyad.Coding;

namespace Dyad.Store;

/// <summary>
/// A stored event as one JSON object: the fields of <c>dyad code</c>'s event line (same names and meaning) plus the
/// store's id, GDELT's counts and the first report.
/// </summary>
public static class StoredEventJson
{
    /// <summary>Writes <paramref name="e"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, StoredEvent e)
    {
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        if (e.Day is { } day)
        {
            w.WriteString("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("date");
        }

        EventJson.WriteActor(w, "source", e.Source);
        EventJson.WriteActor(w, "target", e.Target);
        w.WriteString("cameo", e.Code.Value);
        w.WriteString("root", e.Code.Root);
        w.WriteNumber("quad_class", e.Code.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteString("plover", e.Plover);
        EventJson.WriteLocation(w, e.Place);
        w.WriteNumber("num_mentions", e.NumMentions);
        w.WriteNumber("num_sources", e.NumSources);
        w.WriteNumber("num_articles", e.NumArticles);
        w.WriteBoolean("is_root", e.IsRoot);
        w.WriteString("article_id", e.FirstArticleId);
        w.WriteString("source_url", e.SourceUrl);
        w.WriteString("sentence", e.Sentence);
        w.WriteString("added", e.Added.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }
}
