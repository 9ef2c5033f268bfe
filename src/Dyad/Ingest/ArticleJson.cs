using System.Text.Json;
using Dyad.Domain;

namespace Dyad.Ingest;

/// <summary>Writes an article as one JSON object, the shape <c>dyad read</c> prints and JSON-lines input accepts.</summary>
public static class ArticleJson
{
    /// <summary>Writes <paramref name="a"/> as one object; absent fields are written as null.</summary>
    public static void Write(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        Field(w, "title", a.Title);
        Field(w, "source", a.Source);
        Field(w, "byline", a.Byline);
        Field(w, "date", a.Published?.ToString("yyyy-MM-ddTHH:mm:ss"));
        Field(w, "dateline", a.Dateline);
        Field(w, "wire", a.Wire);
        Field(w, "url", a.Url);
        Field(w, "origin", a.Origin);
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
