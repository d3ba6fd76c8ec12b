// A path item's GET that answers 200 with an object holding an "items" array must take the query
// parameters "limit" and "cursor" (architecture.md §5: lists are cursor-paginated). Parameters may
// be declared on the path item or on the operation. Runs on the resolved document ($refs inlined).
module.exports = function paginatedList(pathItem, options, context) {
  const get = pathItem && pathItem.get;
  if (!get || !get.responses) {
    return [];
  }
  const ok = get.responses['200'];
  const content = ok && ok.content ? ok.content : {};
  const isList = Object.keys(content)
    .filter((type) => type.split(';')[0].trim().endsWith('json'))
    .some((type) => {
      const schema = content[type] && content[type].schema;
      const items = schema && schema.properties && schema.properties.items;
      return items && (items.type === 'array' || (Array.isArray(items.type) && items.type.includes('array')));
    });
  if (!isList) {
    return [];
  }
  const names = new Set(
    [...(pathItem.parameters || []), ...(get.parameters || [])]
      .filter((parameter) => parameter && parameter.in === 'query')
      .map((parameter) => parameter.name),
  );
  const missing = ['limit', 'cursor'].filter((name) => !names.has(name));
  return missing.length === 0
    ? []
    : [{ message: `a list GET must take the query parameters limit and cursor; missing: ${missing.join(', ')}`,
        path: [...context.path, 'get'] }];
};
