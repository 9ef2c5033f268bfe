namespace Dyad.Knowledge;

/// <summary>What a phrase can mean, as the knowledge files say: one entry of the phrase index.</summary>
public abstract record PhraseMeaning
{
    /// <summary>The record that gave this meaning.</summary>
    public abstract SourceLine Source { get; }
}

/// <summary>A country's name or alias, or (when <see cref="IsAdjective"/>) its adjective or demonym.</summary>
public sealed record CountryName(Country Country, bool IsAdjective) : PhraseMeaning
{
    /// <inheritdoc/>
    public override SourceLine Source => Country.Source;
}

/// <summary>A place or building standing for a country, or for one of its sectors.</summary>
public sealed record MetonymName(Country Country, string? Sector) : PhraseMeaning
{
    /// <inheritdoc/>
    public override SourceLine Source => Country.Source;
}

/// <summary>A region's name, alias or adjective.</summary>
public sealed record RegionName(Region Region) : PhraseMeaning
{
    /// <inheritdoc/>
    public override SourceLine Source => Region.Source;
}

/// <summary>A role word or phrase.</summary>
public sealed record SectorWord(SectorTerm Term) : PhraseMeaning
{
    /// <inheritdoc/>
    public override SourceLine Source => Term.Source;
}

/// <summary>An organisation's or armed group's name or alias.</summary>
public sealed record OrganisationName(Organisation Organisation) : PhraseMeaning
{
    /// <inheritdoc/>
    public override SourceLine Source => Organisation.Source;
}

/// <summary>An office-holder's name or alias (valid only within the term).</summary>
public sealed record PersonName(OfficeHolder Person) : PhraseMeaning
{
    /// <inheritdoc/>
    public override SourceLine Source => Person.Source;
}

/// <summary>A city's name or alias.</summary>
public sealed record CityName(City City) : PhraseMeaning
{
    /// <inheritdoc/>
    public override SourceLine Source => City.Source;
}
