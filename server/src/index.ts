export { WeSeeServer } from './WeSeeServer.ts'
export { configFromEnv, type ServerConfig } from './config.ts'
