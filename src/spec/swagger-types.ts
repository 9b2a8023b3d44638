/**
 * The few parts of a dereferenced Swagger 2.0 document the normaliser reads.
 * Loose on purpose: every member is optional because upstream specs omit freely.
 */

export interface SwaggerSchema {
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly 'x-nullable'?: boolean;
  readonly properties?: Readonly<Record<string, SwaggerSchema>>;
  /** In a schema: the required property names (a parameter's boolean is read elsewhere). */
  readonly required?: readonly string[] | boolean;
  readonly items?: SwaggerSchema;
  readonly additionalProperties?: SwaggerSchema | boolean;
  readonly allOf?: readonly SwaggerSchema[];
}

export interface SwaggerParameter extends SwaggerSchema {
  readonly name: string;
  readonly in: string;
  /** The schema of an `in: body` parameter. */
  readonly schema?: SwaggerSchema;
}

export interface SwaggerResponse {
  readonly description?: string;
  readonly schema?: SwaggerSchema;
}

export interface SwaggerOperation {
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly parameters?: readonly SwaggerParameter[];
  readonly responses?: Readonly<Record<string, SwaggerResponse>>;
}

export type SwaggerPathItem = Readonly<Record<string, unknown>> & {
  readonly parameters?: readonly SwaggerParameter[];
};

export interface SwaggerDocument {
  readonly paths: Readonly<Record<string, SwaggerPathItem>>;
}
