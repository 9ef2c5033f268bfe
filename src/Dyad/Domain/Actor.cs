namespace Dyad.Domain;

/// <summary>
/// A CAMEO actor: the full code (<c>USAGOV</c>, <c>PERREB</c>, <c>IGOUNO</c>) with the country and sector it is made of,
/// the known group (<c>SHP</c> for Shining Path) and the name it was mentioned by.
/// </summary>
public sealed record Actor(string Code, string? Country, string? Sector, string? KnownGroup = null, string? Name = null);

/// <summary>How an actor mention was recognised.</summary>
public enum MentionKind
{
    /// <summary>A name from the dictionaries: country, organisation, office-holder, metonym.</summary>
    Name,

    /// <summary>Only role words ("the rebels", "the defense minister"): the country comes from the context.</summary>
    Role,

    /// <summary>A pronoun ("he", "they", "our").</summary>
    Pronoun,
}

/// <summary>
/// A phrase of one sentence that refers to an actor. Token indexes are sentence-local; <see cref="Head"/> is the
/// head of the noun phrase, which coordinated actors ("Peru and Chile") share. <see cref="Actor"/> is null until
/// coreference resolves a pronoun or a role without a country.
/// </summary>
public sealed record ActorMention(
    int SentenceIndex, int Head, int FirstToken, int LastToken, int Start, int End, string Text, Actor? Actor, MentionKind Kind)
{
    /// <summary>True for plural heads and coordinated actors ("the rebels", "Peru and Chile").</summary>
    public bool Plural { get; init; }

    /// <summary>True for a person: a named office-holder, a name with a title, a singular title word.</summary>
    public bool PersonLike { get; init; }

    /// <summary>True when the phrase is the subject of its clause (pronouns prefer subjects as antecedents).</summary>
    public bool IsSubject { get; init; }

    /// <summary>True inside quotation marks.</summary>
    public bool InQuote { get; init; }

    /// <summary>The pronoun or possessive that needs an antecedent (<c>he</c>, <c>our</c>), if any.</summary>
    public string? Pronoun { get; init; }

    /// <summary>True when the country was taken from an earlier mention or the dateline, not from the phrase.</summary>
    public bool Resolved { get; init; }
}
