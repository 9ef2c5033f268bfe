using System.Text;

namespace Dyad.Text;

/// <summary>Writes analysed documents as CoNLL-U, the Universal Dependencies exchange format, one sentence per block.</summary>
public static class ConlluWriter
{
    /// <summary>Writes every sentence of <paramref name="document"/>; <paramref name="documentId"/> names the sentences (<c>id-1</c>, <c>id-2</c>…).</summary>
    public static void Write(TextWriter writer, Document document, string documentId)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.Write("# newdoc id = ");
        writer.WriteLine(documentId);
        var line = new StringBuilder();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            writer.WriteLine($"# sent_id = {documentId}-{s + 1}");
            writer.Write("# text = ");
            writer.WriteLine(OneLine(document.Text.AsSpan(sentence.Start, sentence.Length)));
            var tokens = document.SentenceTokens(s);
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                var spaceAfter = t.End < document.Text.Length && i + 1 < tokens.Length && tokens[i + 1].Start == t.End;
                line.Clear();
                line.Append(i + 1).Append('\t')
                    .Append(Field(t.Text)).Append('\t')
                    .Append(Field(t.Lemma)).Append('\t')
                    .Append(Field(t.Upos)).Append('\t')
                    .Append(Field(t.Xpos)).Append("\t_\t")
                    .Append(t.Relation is null ? "_" : (t.Head + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\t')
                    .Append(Field(t.Relation)).Append("\t_\t")
                    .Append(spaceAfter ? "SpaceAfter=No|" : "").Append("TokenRange=").Append(t.Start).Append(':').Append(t.End);
                writer.WriteLine(line);
            }

            writer.WriteLine();
        }
    }

    private static string Field(string? value) => string.IsNullOrEmpty(value) ? "_" : value.Replace('\t', ' ').Replace('\n', ' ');

    private static string OneLine(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
