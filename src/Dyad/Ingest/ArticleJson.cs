using System.Text.Json;
using Dyad.Domain;

namespace Dyad.Ingest;

/// <summary>Writes an article as one JSON object, the shape <c>dyad read</c> prints and JSON-lines input accepts.</summary>
public static class ArticleJson
{
    /// <summary>Writes <paramref name="a"/> as one object; absent fields are written as null (WriteString writes null for null).</summary>
    public static void Write(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("title", a.Title);
        w.WriteString("source", a.Source);
        w.WriteString("byline", a.Byline);
        w.WriteString("date", a.Published?.ToString("yyyy-MM-ddTHH:mm:ss"));
        w.WriteString("dateline", a.Dateline);
        w.WriteString("wire", a.Wire);
        w.WriteString("url", a.Url);
        w.WriteString("origin", a.Origin);
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }
}
