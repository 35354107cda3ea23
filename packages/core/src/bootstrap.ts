import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import cookieParser from 'cookie-parser';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { CoreConfig } from './config/core-config';
import { CoreModule, type CoreModuleOptions } from './core.module';

/** The HTTP server: REST API under `/api`, OpenAPI at `/api/docs`, probes at `/health/*`. Not yet listening. */
export async function createServer(config: CoreConfig, options: CoreModuleOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(CoreModule.forRoot(config, options), {
    logger: false,
    abortOnError: false,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.http.trustedProxies);
  app.use(helmet({ contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } } }));
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.http.bodyLimit, extended: false });
  if (config.http.corsOrigins.length > 0) app.enableCors({ origin: [...config.http.corsOrigins], credentials: true });
  app.use(cookieParser());
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      // The patient-facing pay-by-link pages live at /pay/… (the link printed on statements).
      { path: 'pay/:token', method: RequestMethod.GET },
      { path: 'pay/:token/verify', method: RequestMethod.POST },
      { path: 'pay/:token/checkout', method: RequestMethod.POST },
      { path: 'pay/:token/plan', method: RequestMethod.POST },
      { path: 'pay/:token/return', method: RequestMethod.GET },
    ],
  });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('OpenRCM API').setDescription('Revenue-cycle management REST API').setVersion('0.1.0').build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), { jsonDocumentUrl: 'api/docs/openapi.json' });
  app.enableShutdownHooks();
  return app;
}

/** Core without HTTP, as configured (jobs run only when `config.jobs.work`): for CLI commands. */
export async function createAppContext(config: CoreConfig, options: CoreModuleOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot(config, options), { logger: false, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}

/** A process that only runs jobs (and relays events): no HTTP. */
export function createWorker(config: CoreConfig, options: CoreModuleOptions = {}): Promise<INestApplicationContext> {
  return createAppContext({ ...config, jobs: { ...config.jobs, work: true } }, options);
}
