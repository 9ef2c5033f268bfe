using System.Globalization;
using System.Text;

namespace Dyad.Store;

/// <summary>
/// Writes stored mentions as GDELT 2.0's mentions table: 16 tab-separated columns, one row per report of an event,
/// with the character offsets of both actors and the action in the article, as GDELT gives them.
/// </summary>
public static class GdeltMentionsExport
{
    /// <summary>GDELT 2.0's mentions-table column names, in file order.</summary>
    public static readonly string[] Columns =
    [
        "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
        "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
        "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
    ];

    /// <summary>Writes one line per mention (a header first with <paramref name="header"/>); returns the count.</summary>
    public static long Write(TextWriter writer, IEnumerable<MentionRow> mentions, bool header = false)
    {
        if (header)
        {
            writer.Write(string.Join('\t', Columns));
            writer.Write('\n');
        }

        var c = CultureInfo.InvariantCulture;
        var line = new StringBuilder(256);
        long count = 0;
        foreach (var m in mentions)
        {
            // MentionType 1 is a web page (identified by its URL); 2 a citation-only source, identified by name and id.
            var web = !string.IsNullOrWhiteSpace(m.Url);
            var h = m.Highlights;
            line.Clear()
                .Append(m.EventId.ToString(c)).Append('\t')
                .Append(m.EventAdded.ToString("yyyyMMddHHmmss", c)).Append('\t')
                .Append(m.MentionAdded.ToString("yyyyMMddHHmmss", c)).Append('\t')
                .Append(web ? '1' : '2').Append('\t')
                .Append(Clean(web ? Host(m.Url!) : m.Source ?? "")).Append('\t')
                .Append(Clean(web ? m.Url! : m.ArticleId)).Append('\t')
                .Append((m.SentenceIndex + 1).ToString(c)).Append('\t')
                .Append((h?.SourceStart ?? -1).ToString(c)).Append('\t')
                .Append((h?.TargetStart ?? -1).ToString(c)).Append('\t')
                .Append((h?.VerbStart ?? -1).ToString(c)).Append('\t')
                .Append('1').Append('\t')
                .Append(Math.Clamp((int)Math.Round(m.Confidence * 100), 0, 100).ToString(c)).Append('\t')
                .Append(m.ArticleLength.ToString(c)).Append('\t')
                .Append('0').Append('\t')
                .Append('\t');
            writer.Write(line);
            writer.Write('\n');
            count++;
        }

        return count;
    }

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
