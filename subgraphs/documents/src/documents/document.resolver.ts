import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { PageArgs, parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { DocumentsContext } from '../context';
import { documentLoaders } from './document.reference';
import {
  CreateUploadInput,
  Document,
  DocumentConnection,
  DocumentField,
  DocumentFilterInput,
  DocumentItem,
  FieldEditInput,
  ProcessingStep,
  toDocument,
  UploadTicket,
} from './document.types';

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Query(() => DocumentConnection, { description: 'Documentos fiscais da conta, com filtros e busca em português.' })
  async documents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DocumentFilterInput, { nullable: true }) filter: DocumentFilterInput | undefined,
    @Ctx() ctx: DocumentsContext,
  ) {
    const conn = await ctx.services.documents.list(requireAuth(ctx).tid, filter ?? {}, page.first, page.after);
    return { ...conn, nodes: conn.nodes.map(toDocument) };
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Query(() => Document, { nullable: true })
  async document(@Arg('id', () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<Document | null> {
    return documentLoaders(ctx).byId.load(parseId(id));
  }

  @FieldResolver(() => [DocumentField])
  fields(@Root() d: Document, @Ctx() ctx: DocumentsContext) {
    return documentLoaders(ctx).fields.load(d.id);
  }

  @FieldResolver(() => [DocumentItem])
  items(@Root() d: Document, @Ctx() ctx: DocumentsContext) {
    return documentLoaders(ctx).items.load(d.id);
  }

  @FieldResolver(() => [ProcessingStep], { description: 'Histórico do processamento.' })
  history(@Root() d: Document, @Ctx() ctx: DocumentsContext) {
    return documentLoaders(ctx).history.load(d.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Link do arquivo original (expira em 10 minutos).' })
  fileUrl(@Root() d: Document, @Ctx() ctx: DocumentsContext) {
    return ctx.services.documents.fileUrl(d.entity);
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Mutation(() => UploadTicket, { description: 'Passo 1 do envio: valida e devolve uma URL de uso único para o PUT dos bytes (máx. 20 MB).' })
  async createUpload(@Arg('input', () => CreateUploadInput) input: CreateUploadInput, @Ctx() ctx: DocumentsContext): Promise<UploadTicket> {
    return ctx.services.documents.createUpload(requireAuth(ctx), input);
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Mutation(() => Document, { description: 'Passo 3: coloca o documento na fila de leitura (o mesmo arquivo devolve o documento existente).' })
  async completeUpload(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: DocumentsContext): Promise<Document> {
    return toDocument(await ctx.services.documents.completeUpload(requireAuth(ctx), parseId(documentId, 'documentId')));
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Mutation(() => Document, { description: 'Corrige campos extraídos (validados e auditados).' })
  async updateDocumentFields(
    @Arg('id', () => ID) id: string,
    @Arg('fields', () => [FieldEditInput]) fields: FieldEditInput[],
    @Ctx() ctx: DocumentsContext,
  ): Promise<Document> {
    return toDocument(await ctx.services.documents.updateFields(requireAuth(ctx), parseId(id), fields));
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Mutation(() => Boolean, { description: 'Exclui (o faturamento da nota deixa de contar; o arquivo é mantido).' })
  async deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<boolean> {
    return ctx.services.documents.delete(requireAuth(ctx), parseId(id));
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Mutation(() => Document)
  async reprocessDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<Document> {
    return toDocument(await ctx.services.documents.reprocess(requireAuth(ctx), parseId(id)));
  }
}
