// Uploaded files: content-addressed storage (folder or S3), type checked from content,
// thumbnails, safe downloads, and references that keep uploads across a rejected form.
export { createFileService, cleanFileName, isFileId, type FileService, type OpenedFile, type ReceivedUpload, type Thumbnail, type UploadRules } from './file-service.ts'
export { fileServiceFor, storageFromConfig } from './from-config.ts'
export type { FileMeta, StoredFile } from './file-records.ts'
export type { BlobStorage } from './blob-storage.ts'
export { folderStorage } from './folder-storage.ts'
export { s3Storage } from './s3-storage.ts'
export { describeKinds, isImageMime, MIME, type FileKind } from './file-kinds.ts'
export { formatFileSize } from './format-size.ts'
export { contentDisposition, downloadName, sendStoredFile, sendThumbnail } from './file-responses.ts'
export { acceptUploads, type UploadFieldRules, type UploadOutcome } from './multipart-uploads.ts'
export { decideKeptUpload, type FileFieldChange, type KeptUpload, type KeptUploadDecision, type KeptUploadField, type KeptUploadSubmission } from './kept-upload.ts'
