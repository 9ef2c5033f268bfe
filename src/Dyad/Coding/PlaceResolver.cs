using Dyad.Actors;
using Dyad.Domain;
using Dyad.Knowledge;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// Places an event: the place its clause names ("in Lima", "near the town of Tocache", "in Peru"), else the
/// article's dateline, else nowhere. Coordinates come from the gazetteer, or a country's centre for a country.
/// </summary>
public sealed class PlaceResolver
{
    private readonly KnowledgeBase kb;
    private readonly ActorFinder finder;
    private City?[] placeAt = new City?[256];
    private Document? loadedDocument;
    private int loadedSentence = -1;
    private Article? datelineArticle;
    private City[] datelineCities = [];

    /// <summary>Creates a resolver over <paramref name="knowledge"/>, finding place names with <paramref name="finder"/>.</summary>
    public PlaceResolver(KnowledgeBase knowledge, ActorFinder finder)
    {
        kb = knowledge;
        this.finder = finder;
    }

    /// <summary>The country the dateline's city lies in, for actors whose country the text leaves implicit.</summary>
    public string? HomeCountry(Article article)
    {
        var cities = DatelineCities(article);
        return cities.Length == 0 ? null : cities[0].Country;
    }

    /// <summary>
    /// The town a token names, or that a noun names through its "of" phrase ("the city of Kharkiv"), for verbs that
    /// act on a place; null when none.
    /// </summary>
    public City? TownAt(Document document, int s, ReadOnlySpan<Token> tokens, int token)
    {
        Load(document, s, tokens);
        if (placeAt[token] is { } city)
        {
            return city;
        }

        for (var c = 0; c < tokens.Length; c++)
        {
            if (tokens[c].Head == token && tokens[c].Relation is "nmod" or "compound" or "flat" or "appos" && placeAt[c] is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private void Load(Document document, int s, ReadOnlySpan<Token> tokens)
    {
        if (!ReferenceEquals(loadedDocument, document) || loadedSentence != s)
        {
            if (placeAt.Length < tokens.Length)
            {
                placeAt = new City?[tokens.Length * 2];
            }

            finder.Places(document, s, placeAt.AsSpan(0, tokens.Length));
            loadedDocument = document;
            loadedSentence = s;
        }
    }

    /// <summary>Where the action at verb <paramref name="v"/> of sentence <paramref name="s"/> took place, if anywhere.</summary>
    public Place? Locate(Article article, Document document, int s, ReadOnlySpan<Token> tokens, int v, ActorMention source, ActorMention target)
    {
        Load(document, s, tokens);
        for (var node = v; node >= 0;)
        {
            for (var c = 0; c < tokens.Length; c++)
            {
                if (tokens[c].Head != node || tokens[c].Relation is not ("obl" or "advmod" or "nmod" or "obl:tmod"))
                {
                    continue;
                }

                if (!HasLocativeCase(tokens, c))
                {
                    continue;
                }

                if (PlaceAt(tokens, c) is { } place)
                {
                    return place;
                }
            }

            // "met X in Nairobi": the parser often hangs the place on the object rather than the verb.
            for (var c = 0; c < tokens.Length; c++)
            {
                if (tokens[c].Head != node || tokens[c].Relation is not ("obj" or "obl"))
                {
                    continue;
                }

                for (var g = 0; g < tokens.Length; g++)
                {
                    if (tokens[g].Head == c && tokens[g].Relation is "nmod" or "obl" && HasLocativeCase(tokens, g) && PlaceAt(tokens, g) is { } inner)
                    {
                        return inner;
                    }
                }
            }

            if (tokens[node].Relation is "xcomp" or "conj")
            {
                node = tokens[node].Head;
                continue;
            }

            break;
        }

        var countries = (source.Actor?.Country, target.Actor?.Country);
        foreach (var city in DatelineCities(article))
        {
            if (city.Country == countries.Item1 || city.Country == countries.Item2)
            {
                return city.ToPlace();
            }
        }

        var all = DatelineCities(article);
        return all.Length > 0 ? all[0].ToPlace() : null;
    }

    private Place? PlaceAt(ReadOnlySpan<Token> tokens, int noun)
    {
        if (placeAt[noun] is { } city)
        {
            return city.ToPlace();
        }

        // "the town of Tocache", "the province of Ayacucho": the name hangs below the common noun.
        for (var c = 0; c < tokens.Length; c++)
        {
            if (tokens[c].Head == noun && tokens[c].Relation is "nmod" or "compound" or "flat" && placeAt[c] is { } inner)
            {
                return inner.ToPlace();
            }
        }

        var key = PhraseKey.Of(tokens[noun].Text);
        if (kb.TryGetMeaningsOfKey(key, out var meanings))
        {
            foreach (var m in meanings)
            {
                if (m is CountryName { IsAdjective: false } cn && cn.Country.Centroid is { } centre
                    && char.IsUpper(tokens[noun].Text[0]))
                {
                    return new Place(cn.Country.Name, cn.Country.Code, null, centre.Lat, centre.Lon);
                }
            }
        }

        return null;
    }

    private static bool HasLocativeCase(ReadOnlySpan<Token> tokens, int noun)
    {
        for (var c = 0; c < tokens.Length; c++)
        {
            if (tokens[c].Head == noun && tokens[c].Relation == "case")
            {
                return tokens[c].Text.ToLowerInvariant() is "in" or "at" or "near" or "outside" or "inside" or "across" or "around" or "from";
            }
        }

        return false;
    }

    private City[] DatelineCities(Article article)
    {
        if (ReferenceEquals(datelineArticle, article))
        {
            return datelineCities;
        }

        datelineArticle = article;
        datelineCities = [];
        if (article.Dateline is { Length: > 0 } dateline && kb.TryGetMeaningsOfKey(PhraseKey.Of(dateline), out var meanings))
        {
            var cities = new List<City>();
            foreach (var m in meanings)
            {
                if (m is CityName c)
                {
                    cities.Add(c.City);
                }
            }

            cities.Sort(static (a, b) => b.Population.CompareTo(a.Population));
            datelineCities = [.. cities];
        }

        return datelineCities;
    }
}
