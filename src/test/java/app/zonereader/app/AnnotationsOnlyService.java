package app.zonereader.app;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationImportReport;
import app.zonereader.model.AnnotationRow;
import app.zonereader.service.LibraryService;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A library service that only lists and adds annotations, in memory: enough for the exchange code, which must call
 * nothing else (any other call fails the test). It marks every new annotation anchored.
 */
final class AnnotationsOnlyService implements InvocationHandler {
    private final List<AnnotationRow> rows;
    final List<AnnotationFilter> filters = new ArrayList<>();
    final List<Annotation> added = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    AnnotationsOnlyService(List<AnnotationRow> rows) {
        this.rows = List.copyOf(rows);
    }

    LibraryService service() {
        return (LibraryService) Proxy.newProxyInstance(LibraryService.class.getClassLoader(),
                new Class<?>[]{LibraryService.class}, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "annotations" -> annotations((AnnotationFilter) args[0]);
            case "importAnnotations" -> importAnnotations(castList(args[0]));
            case "toString" -> "AnnotationsOnlyService";
            default -> throw new UnsupportedOperationException("the exchange code has no business calling " + method);
        };
    }

    private List<AnnotationRow> annotations(AnnotationFilter filter) {
        filters.add(filter);
        return rows.stream().filter(row -> filter.zone().isEmpty() || filter.zone().equals(row.zone())).toList();
    }

    private AnnotationImportReport importAnnotations(List<Annotation> annotations) {
        int duplicates = 0;
        for (Annotation annotation : annotations) {
            if (ids.add(annotation.uuid())) {
                added.add(annotation);
            } else {
                duplicates++;
            }
        }
        return new AnnotationImportReport(annotations.size(), annotations.size() - duplicates, 0, duplicates, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Annotation> castList(Object list) {
        return (List<Annotation>) list;
    }
}
