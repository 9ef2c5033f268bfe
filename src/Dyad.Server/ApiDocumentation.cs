using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dyad.Server;

/// <summary>
/// Describes each endpoint's query parameters in the OpenAPI document. The handlers read the query string
/// themselves (to report every bad value in one 400), so the framework cannot see the parameters on its own.
/// </summary>
internal static class ApiDocumentation
{
    private static readonly (string Name, string Description)[] Filters =
    [
        ("from", "First day, YYYY-MM-DD."),
        ("to", "Last day, YYYY-MM-DD."),
        ("source", "Source actor: a country code (PER) or the start of an actor code (PERGOV)."),
        ("target", "Target actor: a country code or the start of an actor code."),
        ("actor", "Either side: a country code or the start of an actor code."),
        ("code", "CAMEO code or its start, 2 to 4 digits (04, 043, 0431)."),
        ("root", "CAMEO root category, 01 to 20."),
        ("quad", "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
        ("text", "Words that must appear in a reporting sentence, an actor's name or the place (at most 200 characters)."),
    ];

    private static readonly (string Name, string Description)[] Paging =
    [
        ("limit", "Events per page, 1 to 500 (default 100)."),
        ("offset", "Events skipped before the page, 0 to 1,000,000."),
    ];

    private static readonly (string Name, string Description)[] Periods =
    [
        ("interval", "day, week or month (default month)."),
    ];

    private static readonly (string Name, string Description)[] Pair =
    [
        ("a", "First country of the dyad (three letters); give b too."),
        ("b", "Second country of the dyad; both directions are counted."),
    ];

    /// <summary>Adds the query parameters of the API's endpoints to their operations.</summary>
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        var path = context.Description.RelativePath ?? "";
        IEnumerable<(string, string)> parameters = path switch
        {
            "api/events" => [.. Filters, .. Paging],
            "api/dyads" => [.. Filters, .. Periods, .. Pair],
            "api/countries" => Filters,
            "api/timeline" or "api/countries/{code}/timeline" => [.. Filters, .. Periods],
            _ => [],
        };
        foreach (var (name, description) in parameters)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = description,
                Required = false,
                Schema = new OpenApiSchema { Type = name is "limit" or "offset" or "quad" ? JsonSchemaType.Integer : JsonSchemaType.String },
            });
        }

        return Task.CompletedTask;
    }
}
