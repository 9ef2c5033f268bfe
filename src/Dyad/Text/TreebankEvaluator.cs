using System.Diagnostics;
using Dyad.Domain;

namespace Dyad.Text;

/// <summary>Scores the language models against a gold treebank with gold tokenization (each gold sentence one document sentence).</summary>
public static class TreebankEvaluator
{
    /// <summary>
    /// Tags (and lemmatizes and parses, when given) every gold sentence and compares. With
    /// <paramref name="goldTags"/> the lemmatizer and parser read the gold tags instead: each scored on its own.
    /// The analyses are written to <paramref name="predictions"/> as CoNLL-U when given, for error analysis.
    /// </summary>
    public static TreebankScore Evaluate(string source, IReadOnlyList<ConlluSentence> gold, Tagger tagger, Action<Document>? lemmatize = null, DependencyParser? parser = null, bool goldTags = false, TextWriter? predictions = null)
    {
        var documents = new Document[gold.Count];
        var words = 0;
        for (var s = 0; s < gold.Count; s++)
        {
            var sentence = gold[s];
            var text = string.Join(' ', sentence.Forms);
            var document = new Document(text, sentence.Length);
            var offset = 0;
            for (var i = 0; i < sentence.Length; i++)
            {
                document.AddToken(new Token(offset, offset + sentence.Forms[i].Length, sentence.Forms[i]));
                offset += sentence.Forms[i].Length + 1;
            }

            document.AddSentence(0, sentence.Length);
            documents[s] = document;
            words += sentence.Length;
        }

        var clock = Stopwatch.StartNew();
        for (var s = 0; s < documents.Length; s++)
        {
            var document = documents[s];
            if (goldTags)
            {
                var tokens = document.Tokens;
                for (var i = 0; i < tokens.Length; i++)
                {
                    tokens[i] = tokens[i] with { Upos = gold[s].Upos[i], Xpos = gold[s].Xpos[i] };
                }
            }
            else
            {
                tagger.Process(document);
            }

            lemmatize?.Invoke(document);
            parser?.Process(document);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        if (predictions is not null)
        {
            for (var s = 0; s < documents.Length; s++)
            {
                ConlluWriter.Write(predictions, documents[s], gold[s].Id);
            }
        }

        long upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
        for (var s = 0; s < gold.Count; s++)
        {
            var g = gold[s];
            var tokens = documents[s].Tokens;
            for (var i = 0; i < g.Length; i++)
            {
                var t = tokens[i];
                upos += t.Upos == g.Upos[i] ? 1 : 0;
                xpos += t.Xpos == g.Xpos[i] ? 1 : 0;
                lemma += t.Lemma == g.Lemmas[i] ? 1 : 0;
                if (t.Head == g.Heads[i])
                {
                    uas++;
                    las += SameUniversalRelation(t.Relation, g.Relations[i]) ? 1 : 0;
                    lasFull += t.Relation == g.Relations[i] ? 1 : 0;
                }
            }
        }

        double Percent(long count) => words == 0 ? 0 : Math.Round(100.0 * count / words, 2);
        return new TreebankScore(
            source,
            gold.Count,
            words,
            Percent(upos),
            Percent(xpos),
            lemmatize is null ? null : Percent(lemma),
            parser is null ? null : Percent(uas),
            parser is null ? null : Percent(las),
            parser is null ? null : Percent(lasFull),
            seconds);
    }

    /// <summary>True when two relations agree once subtypes are stripped (<c>nsubj:pass</c> = <c>nsubj</c>), as CoNLL 2018 scores LAS.</summary>
    internal static bool SameUniversalRelation(string? system, string gold) => Universal(system).SequenceEqual(Universal(gold));

    private static ReadOnlySpan<char> Universal(string? relation)
    {
        if (relation is null)
        {
            return default;
        }

        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
