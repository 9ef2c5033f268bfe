namespace Dyad.Domain;

/// <summary>
/// A CAMEO actor: the full code (<c>USAGOV</c>, <c>PERREB</c>, <c>IGOUNO</c>) with the country and sector it is made of,
/// the known group (<c>SHP</c> for Shining Path) and the name it was mentioned by.
/// </summary>
public sealed record Actor(string Code, string? Country, string? Sector, string? KnownGroup = null, string? Name = null);

/// <summary>A span of an article that refers to an actor.</summary>
public sealed record ActorMention(int Start, int End, string Text, Actor Actor, int SentenceIndex);
