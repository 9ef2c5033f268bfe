using Dyad.Domain;

namespace Dyad.Knowledge;

/// <summary>A country or territory: CAMEO code, the names news uses for it, and what stands for it.</summary>
public sealed record Country(
    string Code, string Name, string[] Aliases, string[] Adjectives, string? Capital,
    Metonym[] Metonyms, (double Lat, double Lon)? Centroid, SourceLine Source)
{
    /// <summary>The FIPS 10-4 code GDELT writes for the country (<c>GM</c> for Germany); null where FIPS has none.</summary>
    public string? Fips { get; init; }
}

/// <summary>A place or building standing for a country or one of its sectors ("the Pentagon" → USA MIL).</summary>
public sealed record Metonym(string Phrase, string? Sector);

/// <summary>A CAMEO region (<c>LAM</c> Latin America, <c>WST</c> the West).</summary>
public sealed record Region(string Code, string Name, string[] Aliases, string[] Adjectives, SourceLine Source);

/// <summary>A role word or phrase and the sector it signals; <see cref="IsTitle"/> when it can precede a name.</summary>
public sealed record SectorTerm(string Phrase, string Sector, bool IsTitle, SourceLine Source);

/// <summary>An organisation or armed group with the full actor code its name yields.</summary>
public sealed record Organisation(
    string Code, string? Group, string Name, string[] Aliases, string? Country, bool IsArmedGroup, SourceLine Source)
{
    /// <summary>The sector part of the code: the type prefix for international bodies (<c>IGO</c>), else the second part.</summary>
    public string? Sector => Country is null || Code.Length < 6 ? Code[..3] : Code[3..6];
}

/// <summary>One person's term in one office; <see cref="End"/> is null while the term goes on.</summary>
public sealed record OfficeHolder(
    string Country, string Sector, string Office, string Name, string[] Aliases, DateOnly Start, DateOnly? End, SourceLine Source)
{
    /// <summary>The actor code the person carries while in office (<c>USAGOV</c>).</summary>
    public string Code => Country + Sector;

    /// <summary>Days by which the term's dates may be off: 1 for exact days, 31 for a month alone, 366 for a year alone.</summary>
    public int Slack { get; init; } = 1;

    /// <summary>True when <paramref name="date"/> falls within the term, ends included.</summary>
    public bool HeldOn(DateOnly date) => date >= Start && (End is null || date <= End);
}

/// <summary>A CAMEO actor type code: a sector (<c>GOV</c>), a prefix standing for a country (<c>IGO</c>), or a religion.</summary>
public sealed record ActorType(string Code, string Name, string Kind, string Description, SourceLine Source);

/// <summary>A CAMEO event code from the codebook with its Goldstein score and PLOVER type.</summary>
public sealed record EventType(CameoCode Code, string Name, double Goldstein, string? Plover, string Description, SourceLine Source)
{
    /// <summary>The QuadClass that follows from the code's root.</summary>
    public int QuadClass => Code.QuadClass;
}

/// <summary>A populated place with coordinates; <see cref="Country"/> is a CAMEO (alpha-3) code.</summary>
public sealed record City(
    string Name, string[] Aliases, string Country, string? Admin1, double Latitude, double Longitude, long Population, SourceLine Source)
{
    /// <summary>The city as a domain <see cref="Domain.Place"/>.</summary>
    public Place ToPlace() => new(Name, Country, Admin1, Latitude, Longitude);
}
