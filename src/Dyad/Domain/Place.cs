namespace Dyad.Domain;

/// <summary>A geocoded place: name, CAMEO country code, first-level admin area and WGS84 coordinates.</summary>
public sealed record Place(string Name, string? Country, string? Admin1, double Latitude, double Longitude);
