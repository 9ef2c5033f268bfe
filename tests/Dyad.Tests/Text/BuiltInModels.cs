using Dyad.Text;

namespace Dyad.Tests.Text;

/// <summary>The shipped models, loaded once for all tests, and helpers to read a parse.</summary>
public static class BuiltInModels
{
    private static readonly Lazy<LanguageModels> Models = new(() => LanguageModels.Load(LanguageModels.BuiltInRoot));

    public static LanguageModels Get => Models.Value;

    /// <summary>Runs the whole pipeline over <paramref name="text"/>.</summary>
    public static Document Read(string text)
    {
        var document = new Document(text);
        Get.Process(document);
        return document;
    }

    /// <summary>The first token of sentence 0 with this text.</summary>
    public static int Find(Document document, string word)
    {
        var tokens = document.SentenceTokens(0);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Text == word)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{word}' is not a token of: {document.Text}");
    }

    /// <summary>"relation(head, dependent)" for the word, e.g. "nsubj(met, Humala)", to make failures readable.</summary>
    public static string Arc(Document document, string word)
    {
        var tokens = document.SentenceTokens(0);
        var t = tokens[Find(document, word)];
        var head = t.Head < 0 ? "ROOT" : tokens[t.Head].Text;
        return $"{t.Relation}({head}, {t.Text})";
    }

    /// <summary>True when <paramref name="word"/> lies in the phrase headed by <paramref name="ancestor"/>.</summary>
    public static bool Under(Document document, string word, string ancestor)
    {
        var tokens = document.SentenceTokens(0);
        var target = Find(document, ancestor);
        for (var i = Find(document, word); i >= 0; i = tokens[i].Head)
        {
            if (i == target)
            {
                return true;
            }
        }

        return false;
    }
}
