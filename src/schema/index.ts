// `chiso/schema`: what only a tool needs (an editor, a validator in another language, the CLI's
// `schema` command). It is kept out of the root entry because zod's JSON Schema conversion is about
// 7 KB gzipped that a portal evaluating figures never calls.
export { catalogJsonSchema } from '../config/catalogJsonSchema';
