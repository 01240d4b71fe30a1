import { databasePath, openDb, runMigrations } from "@/db/client";

const { db, sqlite } = openDb();
runMigrations(db);
sqlite.close();
console.log(`migrated ${databasePath()}`);
