// `chiso/schema`: what only a tool needs (an editor, a validator in another language, the CLI's
// `schema` command), without the rest of the library. `chiso` exports the same function (a stable
// name of the root API); an app that imports `evaluate` alone does not ship it either way, as the ES
// build keeps each module in its own chunk.
export { catalogJsonSchema } from '../config/catalogJsonSchema';
